"""gathertui: plan delegation visits and media gatherings; plans are TOML files in git."""

__version__ = "0.1.0"
