"""afterword.store"""
