import PatuhCLI

Patuh.runMain()
