"""Runway Desktop: a desktop studio for Runway's generative-media API."""
__version__ = "0.1.0"
