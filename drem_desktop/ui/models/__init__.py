"""Models: the racers' model library, USB import and the LAN upload page's address."""
