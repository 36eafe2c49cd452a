"""Shared test set-up: Qt offscreen, and no test may reach the user's real data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
