"""The command-line subcommands, each a function from parsed arguments to an exit code."""
