"""Sync on screen: the status chip in the top bar and the Sync tab of Settings."""
