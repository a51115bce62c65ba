// The Build stage; see STYLE.md.
