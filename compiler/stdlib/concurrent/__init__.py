"""concurrent for pyaot: the concurrent.futures package."""
