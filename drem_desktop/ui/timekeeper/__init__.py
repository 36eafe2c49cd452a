"""The timekeeper's console: racer picker, run panel (clocks and counters), lap table, sensor panel and car
panel, assembled with the keys and operations in ``console.py``."""
