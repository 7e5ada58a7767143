"""The Qt user interface (PySide6 widgets). Calls services; never runs SQL itself."""
