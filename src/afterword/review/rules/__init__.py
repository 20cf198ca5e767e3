"""afterword.review.rules"""
