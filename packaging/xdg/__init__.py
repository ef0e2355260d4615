"""The desktop entry and AppStream metainfo, shipped in the wheel as runway_desktop.xdg."""
