class QuotaError(Exception):
    pass


class Bucket:
    def take(self, n):
        raise QuotaError(f'wanted {n}, have 0')


Bucket().take(5)
