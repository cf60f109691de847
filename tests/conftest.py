"""Test settings shared by every suite: Qt runs offscreen, user directories stay in tmp."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
