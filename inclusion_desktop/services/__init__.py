"""Use cases shared by the GUI and the command line, without Qt.

`access` decides who may do what (on `permissions`); `collect` enters questionnaires;
`campaign` clears free texts and purges; `provisioning` sets a laptop up in one transaction;
`conflicts` closes conflicts in the name of who chose; `settings` keeps audited campaign
settings with their author; `dashboard` reshapes estimates for the dashboard.
"""
