extension MessageCatalog {
    /// Words of the one output writer (`--output`, `--ekspor-kepala`, reports).
    static let enOutput: [String: String] = [
        "output.database": "patuh: {path} is the workspace database ({database}); Patuh never writes there, not even with --timpa. Choose another file for --output",
        "output.input": "patuh: {path} is a workspace input ({input}); Patuh will not overwrite it. Choose another file, or add --timpa if you really mean to replace it",
        "output.input.read": "patuh: {path} is a file this command reads ({input}); Patuh will not overwrite it. Choose another file, or add --timpa",
        "output.exists": "patuh: '{path}' exists; Patuh will not overwrite it. Choose another file, or add --timpa",
        "output.symlink": "patuh: {path} is a symbolic link (to {target}); Patuh does not replace it. Choose another file, use --output - for stdout, or --timpa to write to what the link names",
        "output.symlink.chain": "patuh: {path} names another symbolic link (to {target}); Patuh follows one link only",
        "output.symlink.dangling": "patuh: {path} is a symbolic link to {target}, which does not exist; Patuh does not create it",
        "output.special.folder": "patuh: {path} is a folder, not a file; name a file for --output",
        "output.special.block": "patuh: {path} is a block device (a disk); Patuh never writes there",
        "output.special.other": "patuh: {path} is not a regular file, a character device or a FIFO; Patuh does not write there",
        "output.folder.missing": "patuh: the folder {folder} for {path} does not exist; create it first, or add --buat-folder",
        "output.folder.notAFolder": "patuh: cannot write {path}: {folder} is not a folder",
        "output.full": "patuh: writing {path} failed: {detail} (disk full?); the old file is intact, nothing is half-written",
    ]
}
