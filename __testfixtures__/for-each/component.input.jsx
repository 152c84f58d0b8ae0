const tabs = ['home', 'about'];
tabs.forEach((tab) => {
  register(<Tab key={tab} name={tab} />);
});
