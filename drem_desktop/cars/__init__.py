"""cars"""
