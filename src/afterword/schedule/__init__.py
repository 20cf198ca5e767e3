"""afterword.schedule"""
