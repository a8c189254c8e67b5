"""Reviews: the analyse-and-adapt cycles."""
