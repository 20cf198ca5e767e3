"""afterword.review"""
