// Every end-to-end suite runs the binary and builds its workspaces through the shared target.
@_exported import PatuhTestSupport
