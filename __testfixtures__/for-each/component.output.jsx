const tabs = ['home', 'about'];
for (const tab of tabs) {
  register(<Tab key={tab} name={tab} />);
}
