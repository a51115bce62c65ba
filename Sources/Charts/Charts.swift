/// The chart kit: an escaped SVG writer, pure scales, marks and chart types (see STYLE.md).
public enum Charts {}
