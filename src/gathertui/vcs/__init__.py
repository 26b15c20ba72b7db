"""Git, driven through its command line for the people who do not know it: the merge
driver and diff the repository is set up with, history, and sync.

The `git` command is called (not a library) so a person's credentials, hooks and config
are honoured exactly as in a terminal.
"""
