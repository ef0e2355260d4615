"""The generate tabs: model picker, form and field editors, media slots and drop zones."""
