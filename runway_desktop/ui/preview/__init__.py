"""The preview: images, video and audio players, and the generation's details."""
