// The TestSupport stage; see STYLE.md.
