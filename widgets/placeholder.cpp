namespace ftc { int widgetsPlaceholder() { return 0; } }
