describe('cache', () => {
  describe('get', () => {
    it('returns stored values', () => {
      const cache = new Map([['a', 1]]);
      // comments inside the body travel with it
      expect(cache.get('a')).toBe(1);
    });

    it('is pending', () => {
    });

    it('waits', function () {
      this.timeout(5000);
      return slow();
    });
  });
});
