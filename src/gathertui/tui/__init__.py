"""The Textual app. Only this package imports textual; the core never does."""
