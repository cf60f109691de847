"""Test settings shared by every suite: Qt runs offscreen, user directories stay in tmp."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Forms loaded by the tests are cached in a folder of their own, not in the user's cache.
if "INCLUSION_DESKTOP_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["INCLUSION_DESKTOP_CACHE_DIR"] = tempfile.mkdtemp(prefix="inclusion-forms-")
