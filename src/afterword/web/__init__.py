"""afterword.web"""
