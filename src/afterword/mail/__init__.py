"""afterword.mail"""
