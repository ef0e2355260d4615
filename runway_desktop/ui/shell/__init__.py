"""The window's frame: main window, status bar, banners, notifications, first run."""
