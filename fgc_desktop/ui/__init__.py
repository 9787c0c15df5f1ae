"""The Qt interface: the only package that imports PySide6."""

from fgc_desktop.ui.signal_refcount import keep_true_alive

keep_true_alive()  # before any window emits a signal; see signal_refcount
