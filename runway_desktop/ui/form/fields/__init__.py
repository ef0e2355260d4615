"""One editor per catalogue field kind; the form builder picks them by `FieldSpec.kind`."""
