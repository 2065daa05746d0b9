PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
INSERT INTO audit_log VALUES('01A23554-1A90-78AC-A090-563E920CA040',639317878340001582,'zhangsan','zhangsan','applicant','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','certificate.fetch','document/01a23554-1a90-7938-bfad-ee902b96b128','onestop-portal','127.0.0.1','d6dfc4abe0070f195dcdd308aeae1261');
INSERT INTO audit_log VALUES('01A23554-1B90-7038-B961-8865421CB2B8',639317878342564705,'zhangsan','zhangsan','applicant','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','certificate.fetch','document/01a23554-1b90-7b09-99d4-a6b5c9ae7b21','onestop-portal','127.0.0.1','b9a832187a8404b5f6b8a32ce3cae7dd');
INSERT INTO audit_log VALUES('01A23554-1BB6-79B4-A51F-798D6D33B8B4',639317878342941741,'zhangsan','zhangsan','applicant','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','document.consent','document/01a23554-1a90-7938-bfad-ee902b96b128','onestop-portal','127.0.0.1','533eb11e55d0857db84b65cabddcf217');
INSERT INTO audit_log VALUES('01A23554-1BCA-78AA-8DA5-EF690896AE20',639317878343144516,'zhangsan','zhangsan','applicant','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','document.consent','document/01a23554-1b90-7b09-99d4-a6b5c9ae7b21','onestop-portal','127.0.0.1','5d8f3ac78d0ffa54ec121dd8066f0299');
INSERT INTO audit_log VALUES('01A23554-1C1D-70EA-BFF6-A37337639BF7',639317878343977558,'zhangsan','zhangsan','applicant','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','application.submit','joint-application/01a23554-1c1d-7ac2-a98b-585ff61b4a72','onestop-portal','127.0.0.1','5ec6d04bb2615326bfd8efbdd446a56b');
INSERT INTO audit_log VALUES('01A23554-1D8B-72A6-8B7F-096B7687A31B',639317878347639662,'service:intake','intake','service','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','application.mark-received','joint-application/01a23554-1c1d-7ac2-a98b-585ff61b4a72',NULL,NULL,'5ec6d04bb2615326bfd8efbdd446a56b');
INSERT INTO audit_log VALUES('01A23554-1EC9-7121-8B16-A79303BD18D2',639317878350815996,'service:intake','intake','service','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','application.record-utility-event','joint-application/01a23554-1c1d-7ac2-a98b-585ff61b4a72',NULL,NULL,'5ec6d04bb2615326bfd8efbdd446a56b');
INSERT INTO audit_log VALUES('01A23554-1DB7-7B36-AB99-11AA1EDAB29B',639317878348078957,'service:intake','intake','service','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','application.mark-received','joint-application/01a23554-1c1d-7ac2-a98b-585ff61b4a72',NULL,NULL,'5ec6d04bb2615326bfd8efbdd446a56b');
INSERT INTO audit_log VALUES('01A23554-1ED6-7884-B079-F14CA422A458',639317878350947531,'service:intake','intake','service','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','application.record-utility-event','joint-application/01a23554-1c1d-7ac2-a98b-585ff61b4a72',NULL,NULL,'5ec6d04bb2615326bfd8efbdd446a56b');
INSERT INTO audit_log VALUES('01A23554-2DC8-7F1B-A8A6-EA2B84D7BBFF',639317878389207314,'service:intake','intake','service','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','application.record-utility-event','joint-application/01a23554-1c1d-7ac2-a98b-585ff61b4a72',NULL,NULL,'7989abbc27a326f78adeb01956bf6e6f');
INSERT INTO audit_log VALUES('01A23554-2DD0-73E2-88ED-06035DBFD29B',639317878389288581,'service:intake','intake','service','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','application.record-utility-event','joint-application/01a23554-1c1d-7ac2-a98b-585ff61b4a72',NULL,NULL,'7989abbc27a326f78adeb01956bf6e6f');
CREATE TABLE IF NOT EXISTS "documents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_documents" PRIMARY KEY,
    "ApplicantKey" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "FileName" TEXT NULL,
    "MediaType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "ValidUntil" TEXT NULL,
    "ContentLocator" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "ConsentedAt" INTEGER NULL,
    "ConsentedBy" TEXT NULL
);
INSERT INTO documents VALUES('01A23554-1A90-7938-BFAD-EE902B96B128','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','resident-id','Certificate','Ready',NULL,'application/json',413,'740705206e185e1dc78654e92b79d0315d3b5e3fa0cf447000f7a82bacc9ed80','2036-03-01','01a235541a907938bfadee902b96b128',639317878340001582,'zhangsan',639317878342941741,'zhangsan');
INSERT INTO documents VALUES('01A23554-1B90-7B09-99D4-A6B5C9AE7B21','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','property-certificate','Certificate','Ready',NULL,'application/json',497,'b5bb42c4a3429b50cdf92cb0dfcb911adcfce89f2c63d789d09f060fb30b8c43',NULL,'01a235541b907b0999d4a6b5c9ae7b21',639317878342564705,'zhangsan',639317878343144516,'zhangsan');
CREATE TABLE IF NOT EXISTS "idempotency_keys" (
    "Owner" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "RequestHash" TEXT NOT NULL,
    "ApplicationId" TEXT NOT NULL,
    "ApplicationNumber" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "PK_idempotency_keys" PRIMARY KEY ("Owner", "Key")
);
INSERT INTO idempotency_keys VALUES('zhangsan','legacy-1','817E99E7285E49DA7795FF454577C0789BCC99CCD2AE5356021421B620295AC4','01A23554-1C1D-7AC2-A98B-585FF61B4A72','LH202612025096276761','2026-12-02 05:57:14.3977558');
CREATE TABLE IF NOT EXISTS "inbox" (
    "MessageId" TEXT NOT NULL,
    "Consumer" TEXT NOT NULL,
    "ProcessedAt" TEXT NOT NULL,
    CONSTRAINT "PK_inbox" PRIMARY KEY ("MessageId", "Consumer")
);
INSERT INTO inbox VALUES('1C2D630D-3024-4C99-84DC-512C483906ED','UtilityApplicationReceivedConsumer','2026-12-02 05:57:15.0626466');
INSERT INTO inbox VALUES('2C8F5453-4CAE-449C-B082-8D530E6B422F','utility-event:UtilityStageStarted','2026-12-02 05:57:15.0816667');
INSERT INTO inbox VALUES('5DB079C9-2AA5-45E4-B338-17C46C101838','UtilityApplicationReceivedConsumer','2026-12-02 05:57:15.0896246');
INSERT INTO inbox VALUES('48F58755-4919-4274-8FA9-F1B7AAF0DAC8','utility-event:UtilityStageStarted','2026-12-02 05:57:15.0947951');
INSERT INTO inbox VALUES('A67F27DC-EC50-4898-889E-465DA095C5DE','utility-event:UtilityStageCompleted','2026-12-02 05:57:18.920828');
INSERT INTO inbox VALUES('EF6A3D62-8668-4E85-BEC1-E2971E7CBAA6','utility-event:UtilityStageStarted','2026-12-02 05:57:18.9289691');
CREATE TABLE IF NOT EXISTS "joint_applications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_joint_applications" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "ApplicantIdNumber" TEXT NOT NULL,
    "ApplicantKey" TEXT NOT NULL,
    "FiledBy" TEXT NOT NULL,
    "FiledByRole" TEXT NOT NULL,
    "Requests" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Applicant_ContactName" TEXT NOT NULL,
    "Applicant_Email" TEXT NULL,
    "Applicant_Name" TEXT NOT NULL,
    "Applicant_Phone" TEXT NOT NULL,
    "Applicant_Type" TEXT NOT NULL,
    "Site_Address" TEXT NOT NULL,
    "Site_RegionCode" TEXT NOT NULL
);
INSERT INTO joint_applications VALUES('01A23554-1C1D-7AC2-A98B-585FF61B4A72','LH202612025096276761','InProgress',639317878343977558,'pd1.a90053a6.Cg6lnoXtHy/EHcMLXqEeTh8qvfIsCo95OvXG2mPvVVeF6sDq8yUlwEWK2/YKZA==','9d7527e7fd27511066af157bb1d415b64a392e90ba9056c74f052e1b29f17bb2','zhangsan','applicant','{"electricity":{"capacityKw":120,"usage":"commercial","powerSource":"single"},"water":null,"gas":null,"heat":null,"network":{"bandwidthMbps":500}}',6,'张三',NULL,'张三','pd1.a90053a6.Ccd5NgvWnJuYKkcwNkxAoYAqrVaHXVmtS0uFs464uBo04L9QL3IS','Individual','浙江省杭州市西湖区文三路100号','330106');
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
INSERT INTO outbox VALUES(1,'A0AB2D91-7250-42AA-9066-CCA71E3CC1EF','OneStop.Contracts.JointApplicationSubmitted, OneStop.Contracts','pd1.a90053a6.6AnRxOMhT9iK0k0T7+IdUtOOFEVc05pWkBdrG1H5X3KaEVnJtFDAcEd9f4sgp8nWMeBeo8JlU/C64KzEtYyuhKNI2Fcd3qLN8ZpDapPR4yhqnM22/J/6vd+ZyKJTJcIju+AdBBqr7jG/mAp1cRlUnV2vygNA6vMMjXG81dfyDCWBGRuHga+2q0BHE44hjTOrdg+B38zKz7TYRQQUtvLJEoNTz8FbjCozmv4aAXOLS/aUZ4gA6aTtd1YjCgVRgutTtHgUrPhRcc0+NUTYeAmMSm6v5sKXqiReTBGhMd67TdMyFLZ5tfg/N7i3pU4FjLeP2yDSZuu8rKkZsmY2xH72QsEI52OIYBw6ija4qhdjgXbVjpfWNdFO4/wxABwqCPFfj/FGhIJnsg28Otl0folZIMKjoXGM5MoSoE8TiMXXST+SR+SVPEIBCAD2gXVk5OixH/o6S+E6eT6k5GX4jqq46lEIolYr4RwWMOzbhqJEMaPBuUHDxKcaOT3jQI+12QgAwTqJyI1y4mYa6v7c+E2agoN2PHWqhvqenfl/6Qo2M9lQ134fNj+xRQwqrpudaTm0S/WiChDys/8Tv+NRjKG3YNZS/UXBvycuMpW6HKLAf2Yh0oi8yH0x5QoDsm0RHzjUgw00spGGfHinPwIVRHmnoXwdN3qwabxUijvdnJc+aPybjD/qjlOfPr7u+DqIgZccXmUmRcoGW7xH/y7P3UMfHFU99RBVQ3gCSlPGPyIvvUstwd2G7EeGknHXjceJ9mvQwoiQDMnnfN5zAxu8HARfA5sC68GZorVtD41VuGCXpfneCSgyYtJQh8cR00EigG/BFxKTxUWfg1+s1XcJPrHo+4O2kwvbJKxespSW6HMmmJQsYHCLQ0XsyKEMqMl5bISxi1H5SswamT461MTnbXuRaOnMwV/uOktQfWH6OiHB890xH53MzzZSnecy+ujI4fbPSYH+uF5+iaerOGZbLIldi8COSQAe0QnDAfseWKLGy/L6KEiCUViRA9zRV7tmltnT2+SsPsaWWw/m3Luc45IKRBMxjRJGQXGW5uarhXWGc3jKBZcLcNxACXOCO/6rsZqDaOpActx51eym+F986f0q6HEEbDPwmizEg0mHmfjoclALbX+Ql4G29fR+H6dE1O3ihVqn30sYpVHu4a0Lp7sadBu0gvjCeobL6VyaFZiC4rvjk8iRb4miz9o9/IvAAwY86QDmFqLqesfuV3nvDxplOlomcUd4rZz1hCKd9YRCDLpqB+mDnsg0mnTdeWhGN1Q2E9v5A923J/g+HNjYzqJJzoAhXFfBhlcly4768ndwmOkg0ah1I0doC95kkvbgBCUogeLZ/ao1SyxHJ1MSw8z3rCQWrGzyKz48vrv3nK5nJL7eca3J/BOxMy+Qf9d4Oj2Kz60/pPVdGPVU02hZVc0ujwLA61UKGPEimFoCCxYrI/m+AiIxohpqekkWL6TllUMJPh4R3Ubt063rvixo87jMR39R6VrZLlgFuNodEwuEa3CfyuhXu15zzeFn1vBW3H7D3C5fNbUcnvpcMSsx9TE6Cj4P/K1zHgnIEZ/TXzAHRmrHh1BqbBdE42RWzZZdG3hXbL6vL6wdBJ+5mlEGBveszvnLrMe32BXvQv/P9ktIqfRNDLFpSpwW2FBAGubjlm4jS54SPypp5F65pO6WMQkLPy6UANQjnFLnvPdknDsf4B/zKf6TLNOOp8RHpC7MpAs4bE+NNgPYqn6Gic97XQzPCmDz5j7R50iqMoDl5mGvE853mtDVzADd8SWJHpPsGsYKKRKFcWFjwuyjzVEUPcY9TMmLDjGJ27GzPRvi8xymBvKXmzqrTxpXWA9wJU2HcZwCtv9bR9+vCUAJP0495oc/rAwQkkDOi1Q+/sbUnSnE9a2wNcqOw5xtAIVvpCBAZqYKBblkP3QfvDinvSWkiDg2r6x78Csa5N1BB2E4nyWol34HDzd4wf4Gtymdee7ti7U7SoltlLLW4kf1WrmsatL3J8tS1n5CCDG4uufiMpES/Fuexb/hWoH2fj3XA9tdpAkT9LEyB4H5Fpyrd9/Vp67g1hxB2XQTTqTQnnIEPWPrXa5r7Rq1tv3vp9tLXpfNHGU2+kSTRcOWa6FGZiD4IpzVd1lCA+XiguVGPFpfnMHvoe0PR+cHBej+ZmBEMDx1QKFA','00-5ec6d04bb2615326bfd8efbdd446a56b-87e811eb039c2a19-01','2026-12-02 05:57:14.4880923','2026-12-02 05:57:14.7079621',0,NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "application_documents" (
    "ApplicationId" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "DocumentId" TEXT NULL,
    "Sha256" TEXT NULL,
    "NeededBy" TEXT NOT NULL,
    "CommitmentSignedBy" TEXT NULL,
    "CommitmentStatement" TEXT NULL,
    "CommitmentWorkingDays" INTEGER NULL,
    "CommitmentDueAt" INTEGER NULL,
    "ProvidedAt" INTEGER NULL,
    "OverdueRaisedAt" INTEGER NULL,
    CONSTRAINT "PK_application_documents" PRIMARY KEY ("ApplicationId", "Type"),
    CONSTRAINT "FK_application_documents_joint_applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "joint_applications" ("Id") ON DELETE CASCADE
);
INSERT INTO application_documents VALUES('01A23554-1C1D-7AC2-A98B-585FF61B4A72','load-list',NULL,NULL,'[{"utility":"electricity","beforeStage":"metering-energising"}]','pd1.a90053a6.qDI9CAuNSc95xuAZxa1sJkFCa1TFgl2TZiU6ITh8VeZs2g==','本人承诺自申请之日起 5 个工作日内（即 2026-12-09 前）补交用电设备清单；补交前，需要该材料的办理环节暂不办结。 / I undertake to provide the list of electrical loads within 5 working days of filing (by 2026-12-09); until I do, the stages that need it cannot be completed.',5,639323926343653490,NULL,NULL);
INSERT INTO application_documents VALUES('01A23554-1C1D-7AC2-A98B-585FF61B4A72','property-certificate','01A23554-1B90-7B09-99D4-A6B5C9AE7B21','b5bb42c4a3429b50cdf92cb0dfcb911adcfce89f2c63d789d09f060fb30b8c43','[{"utility":"electricity","beforeStage":"metering-energising"}]',NULL,NULL,NULL,NULL,639317878343977558,NULL);
INSERT INTO application_documents VALUES('01A23554-1C1D-7AC2-A98B-585FF61B4A72','resident-id','01A23554-1A90-7938-BFAD-EE902B96B128','740705206e185e1dc78654e92b79d0315d3b5e3fa0cf447000f7a82bacc9ed80','[{"utility":"electricity","beforeStage":null},{"utility":"network","beforeStage":null}]',NULL,NULL,NULL,NULL,639317878343977558,NULL);
CREATE TABLE IF NOT EXISTS "timeline" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_timeline" PRIMARY KEY,
    "ApplicationId" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Event" TEXT NOT NULL,
    "Utility" TEXT NULL,
    "Description" TEXT NOT NULL,
    CONSTRAINT "FK_timeline_joint_applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "joint_applications" ("Id") ON DELETE CASCADE
);
INSERT INTO timeline VALUES('9E204DDE-6CCA-4B7E-AC1B-4EF73C47DCAD','01A23554-1C1D-7AC2-A98B-585FF61B4A72',639317878343977558,'submitted',NULL,'联合报装申请已提交 / Joint application submitted');
INSERT INTO timeline VALUES('9E56CE76-F691-4C63-A143-CBB9C465979C','01A23554-1C1D-7AC2-A98B-585FF61B4A72',639317878347639662,'receivedByUtility','Electricity','供电公司已收到申请 / The electricity company received the application');
INSERT INTO timeline VALUES('1F65EACD-0D3E-486C-B5DC-AAD382AF8837','01A23554-1C1D-7AC2-A98B-585FF61B4A72',639317878347639662,'stageStarted','Electricity','供电公司：进入“业务受理”环节，办理时限至 2026-12-03 13:57 / The electricity company: Application accepted started, due by 2026-12-03 13:57 China time');
INSERT INTO timeline VALUES('4479FC7E-E06C-4EA3-93AE-0C5173B5542A','01A23554-1C1D-7AC2-A98B-585FF61B4A72',639317878348078957,'receivedByUtility','Network','通信运营商已收到申请 / The network operator received the application');
INSERT INTO timeline VALUES('EC4867D8-9FF1-41DE-ADF5-56CD69CA50B8','01A23554-1C1D-7AC2-A98B-585FF61B4A72',639317878348078957,'inProgress',NULL,'各公用事业单位均已受理，办理中 / Every utility has it; in progress');
INSERT INTO timeline VALUES('CB52591D-4C36-4E65-BD14-90B52C1597FD','01A23554-1C1D-7AC2-A98B-585FF61B4A72',639317878348078957,'stageStarted','Network','通信运营商：进入“业务受理”环节，办理时限至 2026-12-03 13:57 / The network operator: Application accepted started, due by 2026-12-03 13:57 China time');
INSERT INTO timeline VALUES('354ADC22-4FF4-4982-AD6E-72B2343F8D84','01A23554-1C1D-7AC2-A98B-585FF61B4A72',639317878388877217,'stageCompleted','Electricity','供电公司：“业务受理”已完成 / The electricity company: Application accepted done');
INSERT INTO timeline VALUES('601919C2-B4F9-4FD0-B6CA-F998A53076A8','01A23554-1C1D-7AC2-A98B-585FF61B4A72',639317878388877217,'stageStarted','Electricity','供电公司：进入“装表接电”环节，办理时限至 2026-12-15 13:57 / The electricity company: Meter installed and energised started, due by 2026-12-15 13:57 China time');
CREATE TABLE IF NOT EXISTS "utility_progress" (
    "ApplicationId" TEXT NOT NULL,
    "Utility" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "UtilityApplicationId" TEXT NULL,
    "ReceivedAt" INTEGER NULL,
    "StateSequence" INTEGER NOT NULL,
    "StageCode" TEXT NULL,
    "StageNameZh" TEXT NULL,
    "StageNameEn" TEXT NULL,
    "DueAt" INTEGER NULL,
    "ForecastCompletion" INTEGER NULL,
    "OpenCorrectionId" TEXT NULL,
    "OpenCorrectionNeeded" TEXT NULL,
    "CorrectionAnsweredAt" INTEGER NULL,
    "CustomerWorksDeclaredAt" INTEGER NULL,
    "RejectionReason" TEXT NULL,
    "ClosedAt" INTEGER NULL,
    CONSTRAINT "PK_utility_progress" PRIMARY KEY ("ApplicationId", "Utility"),
    CONSTRAINT "FK_utility_progress_joint_applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "joint_applications" ("Id") ON DELETE CASCADE
);
INSERT INTO utility_progress VALUES('01A23554-1C1D-7AC2-A98B-585FF61B4A72','Electricity','InProgress','01A23554-1D8B-7F47-98BA-B262A313D4D1',639317878347639662,2,'metering-energising','装表接电','Meter installed and energised',639329110388877217,639329110388877217,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO utility_progress VALUES('01A23554-1C1D-7AC2-A98B-585FF61B4A72','Network','Received','01A23554-1DB7-71FC-B691-C838D198A056',639317878348078957,1,'acceptance','业务受理','Application accepted',639318742348078957,639322198348078957,NULL,NULL,NULL,NULL,NULL,NULL);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('outbox',1);
CREATE INDEX "IX_application_documents_DocumentId" ON "application_documents" ("DocumentId");
CREATE INDEX "IX_application_documents_DocumentId_CommitmentDueAt" ON "application_documents" ("DocumentId", "CommitmentDueAt");
CREATE INDEX "IX_audit_log_OnBehalfOf" ON "audit_log" ("OnBehalfOf");
CREATE UNIQUE INDEX "IX_documents_ApplicantKey_Type_Sha256" ON "documents" ("ApplicantKey", "Type", "Sha256");
CREATE INDEX "IX_joint_applications_ApplicantKey" ON "joint_applications" ("ApplicantKey");
CREATE UNIQUE INDEX "IX_joint_applications_Number" ON "joint_applications" ("Number");
CREATE UNIQUE INDEX "IX_outbox_MessageId" ON "outbox" ("MessageId");
CREATE INDEX "IX_outbox_SentAt" ON "outbox" ("SentAt");
CREATE INDEX "IX_timeline_ApplicationId" ON "timeline" ("ApplicationId");
COMMIT;
