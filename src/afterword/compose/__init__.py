"""afterword.compose"""
