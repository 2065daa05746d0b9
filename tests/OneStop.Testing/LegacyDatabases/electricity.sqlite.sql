PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "applications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_applications" PRIMARY KEY,
    "JointApplicationId" TEXT NOT NULL,
    "ApplicationNumber" TEXT NOT NULL,
    "Utility" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "ApplicantKey" TEXT NOT NULL,
    "CatalogueKey" TEXT NOT NULL,
    "RejectionReason" TEXT NULL,
    "ClosedBy" TEXT NULL,
    "ClosedAt" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    "Applicant_ContactName" TEXT NOT NULL,
    "Applicant_Email" TEXT NULL,
    "Applicant_Name" TEXT NOT NULL,
    "Applicant_Phone" TEXT NOT NULL,
    "Applicant_Type" TEXT NOT NULL,
    "Details_CapacityKw" TEXT NOT NULL,
    "Details_PowerSource" TEXT NOT NULL,
    "Details_Usage" TEXT NOT NULL,
    "Site_Address" TEXT NOT NULL,
    "Site_RegionCode" TEXT NOT NULL
);
INSERT INTO applications VALUES('01A23554-1D8B-7F47-98BA-B262A313D4D1','01A23554-1C1D-7AC2-A98B-585FF61B4A72','LH202612025096276761','Electricity','InProgress',639317878347639662,'9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','electricity-low-voltage-non-residential',NULL,NULL,NULL,2,'张三',NULL,'张三','pd1.a90053a6.90yFoEM6pSwkWrc2VrnnqKIK3+H1uJkqkH72909daHOpltndt8HI','Individual','120.0','Single','Commercial','浙江省杭州市西湖区文三路100号','330106');
CREATE TABLE IF NOT EXISTS "audit_log" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_audit_log" PRIMARY KEY,
    "At" INTEGER NOT NULL,
    "ActorId" TEXT NOT NULL,
    "ActorName" TEXT NOT NULL,
    "ActorRoles" TEXT NOT NULL,
    "OnBehalfOf" TEXT NULL,
    "Action" TEXT NOT NULL,
    "Resource" TEXT NOT NULL,
    "ClientId" TEXT NULL,
    "ClientAddress" TEXT NULL,
    "TraceId" TEXT NULL
);
INSERT INTO audit_log VALUES('01A23554-1D8B-7D99-A645-967696F87CB4',639317878347639662,'service:electricity','electricity','service','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','utility-application.open','electricity-application/01a23554-1d8b-7f47-98ba-b262a313d4d1',NULL,NULL,'5ec6d04bb2615326bfd8efbdd446a56b');
INSERT INTO audit_log VALUES('01A23554-2DA7-7DB5-A28C-B39E65892EDF',639317878388877217,'electricity-operator','electricity-operator','operator','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','utility-application.accept','electricity-application/01a23554-1d8b-7f47-98ba-b262a313d4d1','onestop-portal','127.0.0.1','7989abbc27a326f78adeb01956bf6e6f');
CREATE TABLE IF NOT EXISTS "inbox" (
    "MessageId" TEXT NOT NULL,
    "Consumer" TEXT NOT NULL,
    "ProcessedAt" TEXT NOT NULL,
    CONSTRAINT "PK_inbox" PRIMARY KEY ("MessageId", "Consumer")
);
INSERT INTO inbox VALUES('A0AB2D91-7250-42AA-9066-CCA71E3CC1EF','joint-application-submitted','2026-12-02 05:57:14.8828427');
CREATE TABLE IF NOT EXISTS "outbox" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_outbox" PRIMARY KEY AUTOINCREMENT,
    "MessageId" TEXT NOT NULL,
    "MessageType" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "TraceParent" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "LockedUntil" TEXT NULL,
    "LockedBy" TEXT NULL
);
INSERT INTO outbox VALUES(1,'1C2D630D-3024-4C99-84DC-512C483906ED','OneStop.Contracts.UtilityApplicationReceived, OneStop.Contracts','pd1.a90053a6.AzSl9NupDE3q71UFvquxAXzcuvcKU5DwLoiZWMaQVSWFV0EWH2IYyP+uiMXoCuXrt9mSYGAKNMuELgL7CnrqAQOzoJ1SSaaRSAnVhDCLR9evLkNQWpI0VJR6/gYUDJImnppSSP+/SDF7A+2YyGbVjqtJ0O31XIdXPGJo697fphn/hurL3AxuK9iFnls3o1v/JK3Po01mVFlCEPofUYY+/FpnjvhroU2LgXpqye1yzW4HAcEuLHrI5ae8tz3eDJXia8Gq2u8E2AnKRGokBvM7KyFcNCWh1p3jaEs/','00-5ec6d04bb2615326bfd8efbdd446a56b-242059500b2c5ae9-01','2026-12-02 05:57:14.855827','2026-12-02 05:57:14.9944551',0,NULL,NULL,NULL);
INSERT INTO outbox VALUES(2,'2C8F5453-4CAE-449C-B082-8D530E6B422F','OneStop.Contracts.UtilityStageStarted, OneStop.Contracts','pd1.a90053a6.xK47Fkg5KPrMJLC1BYmg7GwI+8OPvv5WIfWvRPtxw/hnb5P6ztd4R5Ka8yObUgbSYEQNVDEdIqgoSRorOpHqt0CCYvXzNKNuW8mklWxoa73b+YiB8o5UB979wbTKIw0Mp2SiNmaAUNKbOJlSBX4qbv0ylODNhvWTtPdmxi98n/vQxByIP6P9NcdTvAfMLIFjKNQtRIxsHdHU0uGT/11jxuRU6li+aTfDj5Asxp8WzsShe7FiYjrUOaH5ERv3mFH2vNMb/jb+MbnOaBGe6p9Ngkd+YXmpqHzbeLvIKlAXEc2xbeizb8nqwfrrTV4pOtmdpF1Vj1+qzie+Cc7GONk2Yy+xz7rfdIc3P+oyy4qFMZBfV2wj9hyMEJqbrQDNloJM8ahbiIJRQ7Ay2LRIPx/UQLHyHTiTYwmwDGxZbsJjIQPKxoCWJ18TyXDvDKyt48Mi6mgXWIs3iEQcHdGP6pCRhcsWCHFxX2l8eMXhQnLfiqGWx6sCvq2cXZGw+GHjrmUtbKm9z0La8o5iNnSoaay9zDEe9MySN92x7wt2Lp1mHtxsTCbuzlXslf3TsyttsjcV3YBpYtE5ySj7+l6ZKjXgdOgAW5Yl+AtlxzeziPoVCKKV84mxwbZnjPqtolqPqtnx8lG88k4UO9/CpKJHV03rJKoxcbgvZPVZGbxmNWFzpBzjUbJ2JWzmIYSu/4GcwHoSk5yuDDMcs4ANP/aivbsPHmicVxiGbzDQSXU5+KwunqmIBgIdvhm18Is=','00-5ec6d04bb2615326bfd8efbdd446a56b-242059500b2c5ae9-01','2026-12-02 05:57:14.8671732','2026-12-02 05:57:14.9944551',0,NULL,NULL,NULL);
INSERT INTO outbox VALUES(3,'A67F27DC-EC50-4898-889E-465DA095C5DE','OneStop.Contracts.UtilityStageCompleted, OneStop.Contracts','pd1.a90053a6.tLSr976Qlzz0xSBewM1GZUPalpRwZaB2hpjOMInVU6eP+kyUVfa1cEJ3OsqDoq6DM/2M0da5xW1SGsMYM6xdDqciRV6r4Dg2cgJ7+5PhO0pEY9kBAmvhYGnUMTll+fRP5Hn6lsXIGB7uhjinR2GDCnu/fmoqEBeY05O4oDAulfntv8MvXBfAIgzK4yNHcO6JDohRR/z8zh8AudkEI50dtt8XoK5jcyqUmBTdB9MwjLidk4EyCt5PtTxkrELgQQOcHwBT82RG1PPQWBBjJGCCvl682o+8YI8y/CP5E05kEQVON3ph6D7KhmOQ4D1s0QOkM3rDAfVUWQJgIV7ti4oMxV9udzeVDBNqyrix3lX540SFRNqjZGt/YXVa5RKDIQkrkqatnUIyjw6B43yf69CS1EF3uQXnxlvXRSYQtl5301RsAtWIyzToypqHyltCL+RGO6elH1kS46wMQwV1nIQrzx7pIwxDAkV2St5EPBEUTT/Z7zb5/x//+5nkaSsromYHxgdwLpu4x+OKUNnvXfCjavpfqy9w3qD7Y+4uAKHrIBAOeSfP7151EukErwgU7OU7QmIUG62AueIcXujQM6J6ugZyZR4DyH1N5jik1iTTh1QXpxclpsIOMwLDlwNQFm1lPz0pWSDCU2xnr7QY2gKQCfNusNV4OSfhj+TThsc0HmGaV1BrFVde8zMO65AYPzYIby9VtGfe+ffMe63tBm8ITGme7mvpcRxpFxAcrudW1o1Oe/WRvZZ4dcZtEngAO1GY5xqOXLlbAg4OWrW7mpwC11e/O8zToVI9YGhezX6tawp8sSC6l8MurTBJFC6cwNJK0QiOknm92KFFR6rEM38FlY6mAdmy4ZyO8Cew3A==','00-7989abbc27a326f78adeb01956bf6e6f-b9a37cb337d47a59-01','2026-12-02 05:57:18.8912459','2026-12-02 05:57:18.9135738',0,NULL,NULL,NULL);
INSERT INTO outbox VALUES(4,'EF6A3D62-8668-4E85-BEC1-E2971E7CBAA6','OneStop.Contracts.UtilityStageStarted, OneStop.Contracts','pd1.a90053a6.gtuEOrLBYyl3iFXL+7zHUAC39sAIQ2c60Ra2yB+9unskETXz9AxXlvEtVLhPGwBahZJeQ/m15I1G7ASfkQYf0Y+3WIHtSFzFGaBSbji1vdHMbK6bo2GPi1D/5XVwyAazq8dos4kBLBrPI5CpXmwRmZUb9ocyG2RERMUNeyYZl6e8i/fbYktaQFTGHm2NSvoXO12HLT8of0tw6JtrVHPwM7PIvLUoZ+2N+C1+yz6UdXV43X7Cf9qnq0Xxuq7TxoJ2HPaRgt4CefSz5n4QsENiPUIt0q3HbVnk/ppXpxDl7pbMu8gh3PVdR/DpOtgN+i8t9S244z8J7P6j/aOp456komBAFOer+LSrfJ8crlSAGOp5w5kWMHuDYJCgAGemUgby5jFQriBgg/0AZ1XBN5pzew1Q3Y5KDpCVj+qPrNWzjNbjjCRWwmzfurEMPyG+SaytT/JxuToAOPWcFHRQc/iIbVjlUx17rWpoThODQGhxumRrifQ1EKZ3e8fJNzJWd0iIAoaexRR16gYZPAssEKcM62QyaCd6mJNcAa7YRr/Q2/Az9RwGazvWoe9VutIORIJZ9FpJuIh8FrxFq4Md7zJQO6MqmzNj9ndHbUPrbiRrEqlTUSPihIoGagTdfVi+vppyHi/jQ0aryhEE4fxZadq1aB/h9YeSNqQG91eIxkpVlaNIJ3WJ3Zaq2lr005ovS+UQjWirGgJWkEOaAfFP55TC5r0bseZQVedDZqW0AZ9o92XA31Be+d+xysh4GFTjrcqWEOA/mYZpUACu9TgDlTaR+UHKHxF1NGW1TQ2jLreeCg==','00-7989abbc27a326f78adeb01956bf6e6f-b9a37cb337d47a59-01','2026-12-02 05:57:18.8948517','2026-12-02 05:57:18.9135738',0,NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "case_documents" (
    "CaseId" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "NameZh" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "DocumentId" TEXT NULL,
    "Sha256" TEXT NULL,
    "CommitmentDueAt" INTEGER NULL,
    "BeforeStage" TEXT NULL,
    "ProvidedAt" INTEGER NULL,
    CONSTRAINT "PK_case_documents" PRIMARY KEY ("CaseId", "Type"),
    CONSTRAINT "FK_case_documents_applications_CaseId" FOREIGN KEY ("CaseId") REFERENCES "applications" ("Id") ON DELETE CASCADE
);
INSERT INTO case_documents VALUES('01A23554-1D8B-7F47-98BA-B262A313D4D1','load-list','用电设备清单','list of electrical loads',NULL,NULL,639323926343653490,'metering-energising',NULL);
INSERT INTO case_documents VALUES('01A23554-1D8B-7F47-98BA-B262A313D4D1','property-certificate','不动产权证书','real-estate certificate','01A23554-1B90-7B09-99D4-A6B5C9AE7B21','b5bb42c4a3429b50cdf92cb0dfcb911adcfce89f2c63d789d09f060fb30b8c43',NULL,'metering-energising',639317878347639662);
INSERT INTO case_documents VALUES('01A23554-1D8B-7F47-98BA-B262A313D4D1','resident-id','居民身份证','resident identity card','01A23554-1A90-7938-BFAD-EE902B96B128','740705206e185e1dc78654e92b79d0315d3b5e3fa0cf447000f7a82bacc9ed80',NULL,NULL,639317878347639662);
CREATE TABLE IF NOT EXISTS "pauses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_pauses" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "StageCode" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "From" INTEGER NOT NULL,
    "To" INTEGER NULL,
    "Needed" TEXT NULL,
    "RequestedBy" TEXT NULL,
    "Answer" TEXT NULL,
    CONSTRAINT "FK_pauses_applications_CaseId" FOREIGN KEY ("CaseId") REFERENCES "applications" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "stages" (
    "CaseId" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "NameZh" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "LimitWorkingDays" REAL NOT NULL,
    "AwaitsCustomerWorks" INTEGER NOT NULL,
    "StartedAt" INTEGER NULL,
    "ClockRunning" INTEGER NOT NULL,
    "DueAt" INTEGER NULL,
    "DueSoonAt" INTEGER NULL,
    "DueSoonRaisedAt" INTEGER NULL,
    "OverdueRaisedAt" INTEGER NULL,
    "CompletedAt" INTEGER NULL,
    "CompletedBy" TEXT NULL,
    "WorkingDays" REAL NULL,
    "OnTime" INTEGER NULL,
    "Data" TEXT NOT NULL,
    CONSTRAINT "PK_stages" PRIMARY KEY ("CaseId", "Order"),
    CONSTRAINT "FK_stages_applications_CaseId" FOREIGN KEY ("CaseId") REFERENCES "applications" ("Id") ON DELETE CASCADE
);
INSERT INTO stages VALUES('01A23554-1D8B-7F47-98BA-B262A313D4D1',0,'acceptance','业务受理','Application accepted',1.0,0,639317878347639662,0,639318742347639662,639318569547639662,NULL,NULL,639317878388877217,'electricity-operator',0.0,1,'{}');
INSERT INTO stages VALUES('01A23554-1D8B-7F47-98BA-B262A313D4D1',1,'metering-energising','装表接电','Meter installed and energised',9.0,0,639317878388877217,1,639329110388877217,639325827188877217,NULL,NULL,NULL,NULL,NULL,NULL,'{}');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('outbox',4);
CREATE UNIQUE INDEX "IX_applications_JointApplicationId" ON "applications" ("JointApplicationId");
CREATE INDEX "IX_applications_Status" ON "applications" ("Status");
CREATE INDEX "IX_audit_log_OnBehalfOf" ON "audit_log" ("OnBehalfOf");
CREATE UNIQUE INDEX "IX_outbox_MessageId" ON "outbox" ("MessageId");
CREATE INDEX "IX_outbox_SentAt" ON "outbox" ("SentAt");
CREATE INDEX "IX_pauses_CaseId" ON "pauses" ("CaseId");
CREATE INDEX "IX_stages_ClockRunning_DueAt" ON "stages" ("ClockRunning", "DueAt");
CREATE INDEX "IX_stages_ClockRunning_DueSoonAt" ON "stages" ("ClockRunning", "DueSoonAt");
COMMIT;
