"""urllib for pyaot: only urllib.parse is available."""
