"""Hosted mode's accounts: users and passwords, sign-in sessions, coaches, and data rights."""
