"""The model catalogue: models, fields, prices and output sizes."""
