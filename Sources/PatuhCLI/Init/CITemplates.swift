/// The CI files `patuh init --ci` writes; `docs/ci/` holds the same texts (a test checks).
///
/// Both install patuh from a release archive with `install.sh` (its SHA-256 verified), run the
/// evidence gate, and keep the SARIF or JUnit report. Set `PATUH_ARCHIVE` (the archive's URL)
/// and `PATUH_INSTALL_SH` (install.sh's URL) as CI variables. The workspace needs only
/// `patuh.xml` and `Evidence/`: the catalog is inside the binary.
enum CITemplates {
    static func text(_ kind: CIKind) -> String {
        switch kind {
        case .github: github
        case .gitlab: gitlab
        }
    }

    static let github = """
        # Patuh: the evidence gate of this LPSE's evidence repository (patuh.xml + Evidence/).
        # Set the repository variables PATUH_ARCHIVE (URL of patuh-<version>-linux-<arch>.tar.gz)
        # and PATUH_INSTALL_SH (URL of install.sh) under Settings → Secrets and variables → Actions.
        name: patuh
        on:
          push:
          pull_request:
        permissions:
          contents: read
          security-events: write
        jobs:
          periksa:
            runs-on: ubuntu-latest
            env:
              PATUH_ARCHIVE: ${{ vars.PATUH_ARCHIVE }}
              PATUH_INSTALL_SH: ${{ vars.PATUH_INSTALL_SH }}
            steps:
              - uses: actions/checkout@v4
              - name: Install patuh
                run: |
                  curl -fsSL -o install-patuh.sh "$PATUH_INSTALL_SH"
                  sh install-patuh.sh --prefix "$HOME/.local" "$PATUH_ARCHIVE"
                  echo "$HOME/.local/bin" >> "$GITHUB_PATH"
              - name: patuh periksa
                run: |
                  patuh --version
                  patuh periksa --format sarif --output patuh.sarif || true
                  patuh periksa --format github
              - name: Upload SARIF
                if: always()
                uses: github/codeql-action/upload-sarif@v3
                with:
                  sarif_file: patuh.sarif

        """

    static let gitlab = """
        # Patuh: the evidence gate of this LPSE's evidence repository (patuh.xml + Evidence/).
        # Set the CI/CD variables PATUH_ARCHIVE (URL of patuh-<version>-linux-<arch>.tar.gz)
        # and PATUH_INSTALL_SH (URL of install.sh) under Settings → CI/CD → Variables.
        patuh-periksa:
          image: ubuntu:24.04
          before_script:
            - apt-get update -qq && apt-get install -y -qq curl ca-certificates >/dev/null
            - curl -fsSL -o install-patuh.sh "$PATUH_INSTALL_SH"
            - sh install-patuh.sh --prefix "$HOME/.local" "$PATUH_ARCHIVE"
            - export PATH="$HOME/.local/bin:$PATH"
          script:
            - patuh --version
            - patuh periksa --format junit --output patuh-junit.xml
          artifacts:
            when: always
            reports:
              junit: patuh-junit.xml

        """
}
