"""The account-plan PDF (reportlab platypus): fonts, styles, texts, charts, the buying-center
diagram and the document itself. `kam_desktop.services.plan_export` is the public entry point.
"""
