namespace ftc { int uiPlaceholder() { return 0; } }
