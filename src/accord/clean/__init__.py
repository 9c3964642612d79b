"""Cleaning stage: turn raw input (a saved web page, flattened text) into clean article text and metadata.

Submodules are imported on use (``from accord.clean.html import extract_html``) so that a caller that
only needs one cleaner does not pay for importing the others' libraries.
"""
