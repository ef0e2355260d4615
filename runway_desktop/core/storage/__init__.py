"""Storage: the task history (SQLite), the library folder, settings and the keychain."""
