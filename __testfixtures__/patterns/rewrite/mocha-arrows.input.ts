describe('cache', () => {
  describe('get', () => {
    it('returns stored values', function () {
      const cache = new Map([['a', 1]]);
      // comments inside the body travel with it
      expect(cache.get('a')).toBe(1);
    });

    it('is pending', function () {});

    it('waits', function () {
      this.timeout(5000);
      return slow();
    });
  });
});
