-- Runs once, when the PostgreSQL data volume is first initialised: one database per service, the portal's (its key ring)
-- and the gateway's (failed sign-ins). A database added later is created by its service's first start.
CREATE DATABASE onestop_intake;
CREATE DATABASE onestop_electricity;
CREATE DATABASE onestop_water;
CREATE DATABASE onestop_gas;
CREATE DATABASE onestop_heat;
CREATE DATABASE onestop_network;
CREATE DATABASE onestop_notification;
CREATE DATABASE onestop_approvals;
CREATE DATABASE onestop_portal;
CREATE DATABASE onestop_frontdoor;
