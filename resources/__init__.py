"""Data shipped with the application: the model catalogue, icons and styles."""
